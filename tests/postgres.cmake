# The storage, payout-engine and merchant suites once more against a real PostgreSQL 15 server:
# tests/pg/server starts a throwaway cluster under the build folder on 127.0.0.1 (a CTest
# fixture), and each suite's workspaces get fresh databases on it (tests/TestBook.h).
find_program(PD_PG_INITDB initdb PATHS /usr/lib/postgresql/15/bin /usr/lib/postgresql/16/bin NO_DEFAULT_PATH)
set(pg_dir ${CMAKE_BINARY_DIR}/pg-test)
# A port of this build folder's own (from its path), so that two build folders on one machine
# can run their suites at the same time.
string(MD5 pg_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${pg_hash}" 0 4 pg_hash)
math(EXPR pg_port "20000 + (0x${pg_hash} % 30000)")
if(NOT PD_PG_INITDB)
  # Not skipped in silence: the PostgreSQL half of the suite fails and says why.
  add_test(NAME postgres_server_missing COMMAND sh -c "echo 'PostgreSQL 15 is not installed: apt-get install postgresql-15'; exit 1")
  set_tests_properties(postgres_server_missing PROPERTIES LABELS postgres)
  message(WARNING "PostgreSQL 15 server binaries not found (apt-get install postgresql-15): the PostgreSQL suites fail.")
  return()
endif()
add_test(NAME postgres_start COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/pg/server start ${pg_dir} ${pg_port})
add_test(NAME postgres_stop COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/pg/server stop ${pg_dir})
set_tests_properties(postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS postgres)
set_tests_properties(postgres_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS postgres)

function(pd_on_postgres suite)
  add_test(NAME ${suite}_postgres COMMAND ${suite} ${ARGN})
  get_test_property(${suite} LABELS labels)
  get_test_property(${suite} ENVIRONMENT environment)
  set_tests_properties(${suite}_postgres PROPERTIES FIXTURES_REQUIRED postgres LABELS "postgres;${labels}" TIMEOUT 300
    ENVIRONMENT "${environment};PAYOUTDESK_TEST_POSTGRES=postgresql://payoutdesk@127.0.0.1:${pg_port}/payoutdesk;PGPASSFILE=${pg_dir}/pgpass")
endfunction()

foreach(suite test_storage test_payout_engine test_provider_faults test_merchant test_ipn test_webhooks test_reconcile)
  pd_on_postgres(${suite})
endforeach()

# Team mode's move of a SQLite book into PostgreSQL (PostgreSQL only).
pd_add_test(test_book_migration LIBS pd_core LABELS postgres)
add_dependencies(test_book_migration payoutdesk-cli)
set_tests_properties(test_book_migration PROPERTIES FIXTURES_REQUIRED postgres
  ENVIRONMENT "PAYOUTDESK_CLI=$<TARGET_FILE:payoutdesk-cli>;PAYOUTDESK_TEST_POSTGRES=postgresql://payoutdesk@127.0.0.1:${pg_port}/payoutdesk;PGPASSFILE=${pg_dir}/pgpass")

# Several desks on one PostgreSQL book: who polls, who takes over, what each desk sees.
pd_add_test(test_team LIBS pd_ui pd_sandbox_server pd_core LABELS "postgres;keychain;gui")
add_dependencies(test_team payoutdesk-cli)
set_tests_properties(test_team PROPERTIES FIXTURES_REQUIRED postgres
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PAYOUTDESK_CLI=$<TARGET_FILE:payoutdesk-cli>;PAYOUTDESK_TEST_POSTGRES=postgresql://payoutdesk@127.0.0.1:${pg_port}/payoutdesk;PGPASSFILE=${pg_dir}/pgpass")

# The 10-million-order benchmark's smoke run: 20,000 orders in a database of its own.
add_test(NAME bench_postgres_orders_smoke
  COMMAND sh -c "${CMAKE_CURRENT_SOURCE_DIR}/pg/createdb ${pg_dir} ${pg_port} bench_smoke && $<TARGET_FILE:bench_postgres_orders> postgresql://payoutdesk@127.0.0.1:${pg_port}/bench_smoke 20000 5")
set_tests_properties(bench_postgres_orders_smoke PROPERTIES FIXTURES_REQUIRED postgres LABELS "bench;postgres" TIMEOUT 300
  ENVIRONMENT "PGPASSFILE=${pg_dir}/pgpass")

# File → Order book…: test a server and move a SQLite book there from the window.
pd_add_test(test_gui_order_book LIBS pd_ui LABELS "postgres;gui")
set_tests_properties(test_gui_order_book PROPERTIES FIXTURES_REQUIRED postgres
  ENVIRONMENT "QT_QPA_PLATFORM=xcb;PAYOUTDESK_TEST_POSTGRES=postgresql://payoutdesk@127.0.0.1:${pg_port}/payoutdesk;PGPASSFILE=${pg_dir}/pgpass")

# Staff roles and four-eyes approval, enforced by PostgreSQL: SQL typed by hand with each
# role's login (PostgreSQL only).
pd_add_test(test_staff_roles LIBS pd_core LABELS "postgres;keychain")
add_dependencies(test_staff_roles payoutdesk-cli)
set_tests_properties(test_staff_roles PROPERTIES FIXTURES_REQUIRED postgres
  ENVIRONMENT "PAYOUTDESK_CLI=$<TARGET_FILE:payoutdesk-cli>;PAYOUTDESK_TEST_POSTGRES=postgresql://payoutdesk@127.0.0.1:${pg_port}/payoutdesk;PGPASSFILE=${pg_dir}/pgpass")

# Four-eyes approval in the window: operator A, operator B and a viewer, each with their own
# login and window on one PostgreSQL book (PostgreSQL only).
pd_add_test(test_gui_four_eyes LIBS pd_ui pd_sandbox_server LABELS "postgres;gui;keychain")
set_tests_properties(test_gui_four_eyes PROPERTIES FIXTURES_REQUIRED postgres
  ENVIRONMENT "QT_QPA_PLATFORM=xcb;PAYOUTDESK_TEST_POSTGRES=postgresql://payoutdesk@127.0.0.1:${pg_port}/payoutdesk;PGPASSFILE=${pg_dir}/pgpass")
