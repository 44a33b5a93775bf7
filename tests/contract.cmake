# Floor 1, providers/contract: money and the currency registry.
pd_add_test(test_money LIBS pd_providers)
pd_add_test(test_currencies LIBS pd_providers)
