# The desk's listener: provider webhooks against the sandbox server, secrets in the keychain.
pd_add_test(test_webhooks LIBS pd_listener pd_sandbox_server LABELS keychain)
# IPN in through the same listener, the IPN secret in the keychain.
pd_add_test(test_ipn LIBS pd_listener LABELS keychain)
# The merchant protocol end to end against the fake exchange site.
pd_add_test(test_merchant LIBS pd_listener pd_sandbox_server LABELS keychain)
add_dependencies(test_merchant payoutdesk-cli)
pd_add_test(test_gui_new_order LIBS pd_ui pd_sandbox_server LABELS "gui;keychain")
set_property(TEST test_gui_new_order APPEND PROPERTY ENVIRONMENT "QT_QPA_PLATFORM=xcb")
pd_add_test(test_payment_links LIBS pd_merchant)
pd_add_test(test_gui_links LIBS pd_ui LABELS gui)
set_property(TEST test_gui_links APPEND PROPERTY ENVIRONMENT "QT_QPA_PLATFORM=xcb")
