# The core's services (floor 2): what the pages and the CLI ask, answered on the workspace's
# database thread with reply objects (storage/BookReply.h). Pages never touch storage/.
add_library(pd_services STATIC
  ${CMAKE_CURRENT_LIST_DIR}/QueueAction.h
  ${CMAKE_CURRENT_LIST_DIR}/QueueActions.cpp ${CMAKE_CURRENT_LIST_DIR}/QueueActions.h
  ${CMAKE_CURRENT_LIST_DIR}/QueueRow.h
  ${CMAKE_CURRENT_LIST_DIR}/PayoutQueue.cpp ${CMAKE_CURRENT_LIST_DIR}/PayoutQueue.h
  ${CMAKE_CURRENT_LIST_DIR}/OrderLookup.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderLookup.h
  ${CMAKE_CURRENT_LIST_DIR}/OrderPageLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderPageLoader.h
  ${CMAKE_CURRENT_LIST_DIR}/ReconciliationService.cpp ${CMAKE_CURRENT_LIST_DIR}/ReconciliationService.h
)
target_link_libraries(pd_services PUBLIC pd_core pd_merchant)
payoutdesk_strict(pd_services)
