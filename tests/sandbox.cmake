# The sandbox provider's server, tested over HTTP on 127.0.0.1 with requests signed by the test itself.
pd_add_test(test_sandbox_server LIBS pd_sandbox_server)
