# The merchant protocol (spec/001, spec/002): IPNs in and out, order creation, payment links.
add_library(pd_merchant STATIC
  ${CMAKE_CURRENT_LIST_DIR}/FormBody.cpp ${CMAKE_CURRENT_LIST_DIR}/FormBody.h
  ${CMAKE_CURRENT_LIST_DIR}/IpnMessage.cpp ${CMAKE_CURRENT_LIST_DIR}/IpnMessage.h
  ${CMAKE_CURRENT_LIST_DIR}/IpnInbox.cpp ${CMAKE_CURRENT_LIST_DIR}/IpnInbox.h
  ${CMAKE_CURRENT_LIST_DIR}/PaymentLinks.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentLinks.h
  ${CMAKE_CURRENT_LIST_DIR}/IpnDeliveries.cpp ${CMAKE_CURRENT_LIST_DIR}/IpnDeliveries.h
  ${CMAKE_CURRENT_LIST_DIR}/IpnSender.cpp ${CMAKE_CURRENT_LIST_DIR}/IpnSender.h
  ${CMAKE_CURRENT_LIST_DIR}/OrderCreator.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderCreator.h
  ${CMAKE_CURRENT_LIST_DIR}/ExchangeSiteClient.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeSiteClient.h
)
target_include_directories(pd_merchant PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(pd_merchant PUBLIC pd_core Qt6::Network)
payoutdesk_strict(pd_merchant)
