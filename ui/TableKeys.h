#pragma once

class QAbstractItemView;
class QString;

namespace pd {

// What staff expect of a table from the keyboard, the same in every table of the desk: Tab and
// Shift+Tab leave the table (the arrows move between cells), Ctrl+C copies the cell under the
// cursor as shown, and Ctrl+Shift+C its whole row as text (the visible columns in the order on
// screen, separated by tabs, as a spreadsheet pastes them).
class TableKeys {
public:
    static void apply(QAbstractItemView *view);
    static QString rowText(const QAbstractItemView *view);
};

} // namespace pd
