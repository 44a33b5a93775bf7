# The desk's HTTP listener (QHttpServer): the exchange site's IPNs (POST /ipn) and the providers'
# webhooks (POST /webhook/NAME). A library of its own: only what serves HTTP links QtHttpServer.
add_library(pd_listener STATIC
  ${CMAKE_CURRENT_LIST_DIR}/DeskListener.cpp ${CMAKE_CURRENT_LIST_DIR}/DeskListener.h
  ${CMAKE_CURRENT_LIST_DIR}/ConnectionGuard.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionGuard.h
  ${CMAKE_CURRENT_LIST_DIR}/ConnectionWatch.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionWatch.h
  ${CMAKE_CURRENT_LIST_DIR}/GuardedServer.cpp ${CMAKE_CURRENT_LIST_DIR}/GuardedServer.h
  ${CMAKE_CURRENT_LIST_DIR}/ListenerTls.cpp ${CMAKE_CURRENT_LIST_DIR}/ListenerTls.h
  ${CMAKE_CURRENT_LIST_DIR}/WebhookRoute.cpp ${CMAKE_CURRENT_LIST_DIR}/WebhookRoute.h
  ${CMAKE_CURRENT_LIST_DIR}/IpnRoute.cpp ${CMAKE_CURRENT_LIST_DIR}/IpnRoute.h
)
target_include_directories(pd_listener PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(pd_listener PUBLIC pd_core pd_merchant Qt6::HttpServer Qt6::Network)
payoutdesk_strict(pd_listener)
