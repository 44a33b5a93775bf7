# The order model: statuses and their one transition table, orders, history entries; and the
# pure rules the core and the GUI ask: staff roles, limit kinds and the limits' check, the
# blocklist's normalisation.
# A fragment of its own so that tests/fuzz (a clang build of the IPN parser) can build it too.
add_library(pd_domain STATIC
  ${CMAKE_CURRENT_LIST_DIR}/OrderStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderStatus.h
  ${CMAKE_CURRENT_LIST_DIR}/Order.cpp ${CMAKE_CURRENT_LIST_DIR}/Order.h
  ${CMAKE_CURRENT_LIST_DIR}/HistoryEntry.h ${CMAKE_CURRENT_LIST_DIR}/CodeTable.h ${CMAKE_CURRENT_LIST_DIR}/OrderFilter.h
  ${CMAKE_CURRENT_LIST_DIR}/PayoutAttempt.cpp ${CMAKE_CURRENT_LIST_DIR}/PayoutAttempt.h
  ${CMAKE_CURRENT_LIST_DIR}/Mismatch.cpp ${CMAKE_CURRENT_LIST_DIR}/Mismatch.h
  ${CMAKE_CURRENT_LIST_DIR}/StaffRole.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffRole.h ${CMAKE_CURRENT_LIST_DIR}/StaffMember.h
  ${CMAKE_CURRENT_LIST_DIR}/LimitKind.cpp ${CMAKE_CURRENT_LIST_DIR}/LimitKind.h
  ${CMAKE_CURRENT_LIST_DIR}/PayoutLimitCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/PayoutLimitCheck.h
  ${CMAKE_CURRENT_LIST_DIR}/BlockedRecipients.cpp ${CMAKE_CURRENT_LIST_DIR}/BlockedRecipients.h
)
cmake_path(GET CMAKE_CURRENT_LIST_DIR PARENT_PATH pd_domain_root) # app/
target_include_directories(pd_domain PUBLIC ${pd_domain_root})
target_link_libraries(pd_domain PUBLIC pd_providers Qt6::Core)
payoutdesk_strict(pd_domain)
