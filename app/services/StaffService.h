#pragma once

#include "storage/BookReply.h"
#include "storage/Staff.h"

#include <QList>
#include <QObject>

namespace pd {

class DatabaseThread;

// Edit → Staff… asks here: the team's members and each change (granted on the server, with its
// activity entry by whoever is signed in), on the workspace's database thread.
class StaffService : public QObject {
    Q_OBJECT
public:
    using Role = Staff::Role;
    using Member = Staff::Member;

    explicit StaffService(DatabaseThread &thread, QObject *parent = nullptr);

    static QString title(Role role) { return Staff::title(role); } // in the staff's language

    BookAnswer<QList<Member>> *all();
    BookAnswer<bool> *set(const Member &member);
    BookAnswer<bool> *remove(const QString &login);

private:
    DatabaseThread &m_thread;
};

} // namespace pd
