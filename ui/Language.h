#pragma once

#include <QString>
#include <QStringList>

namespace pd {

// The language of the desk's interface, chosen per staff member on this computer (not in the
// shared book): English, Russian, Ukrainian or Spanish, or the system's. Applying one installs
// its translations (the desk's own, built into the binary, and Qt's) and its locale for dates
// and numbers; Qt then tells every widget, which re-labels itself in place.
class Language {
public:
    static QStringList codes(); // "en", "ru", "uk", "es"
    static QString nativeName(const QString &code); // "Русский"
    // What staff chose: a code, or empty for the system's language.
    static QString chosen();
    // The code in force for a choice: the system's language when it is one of ours, else English.
    static QString effective(const QString &choice);
    // Installs the translations and the locale for `choice`; false when they cannot be loaded
    // (the desk stays in English then).
    static bool apply(const QString &choice);
    // Remembers `choice` for this staff member and applies it.
    static bool choose(const QString &choice);
    static constexpr const char *settingKey = "ui/language";
};

} // namespace pd
