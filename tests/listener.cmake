# The desk's listener: provider webhooks against the sandbox server, secrets in the keychain.
pd_add_test(test_webhooks LIBS pd_listener pd_sandbox_server LABELS keychain)
