#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pd {

namespace {

// Installed for the life of the application; emptied and reloaded on each switch.
QTranslator &deskTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}

} // namespace

QStringList Language::codes()
{
    return { QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("es") };
}

QString Language::nativeName(const QString &code)
{
    // Each language by its own name, so that staff find theirs whatever is shown now.
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("uk"))
        return QStringLiteral("Українська");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString Language::chosen()
{
    const QString code = QSettings().value(QLatin1String(settingKey)).toString();
    return codes().contains(code) ? code : QString();
}

QString Language::effective(const QString &choice)
{
    if (codes().contains(choice))
        return choice;
    const QString system = QLocale::system().name().left(2);
    return codes().contains(system) ? system : QStringLiteral("en");
}

bool Language::apply(const QString &choice)
{
    const QString code = effective(choice);
    QCoreApplication::removeTranslator(&deskTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    // English needs only its plural forms ("1 order", "2 orders"); the others everything.
    const bool desk = deskTranslator().load(QStringLiteral(":/i18n/payoutdesk_") + code);
    // Qt's own words (Cancel, Yes, the file dialog), where qt6-translations-l10n is installed.
    const bool qt = code != QLatin1String("en")
        && qtTranslator().load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QLocale::setDefault(
        choice.isEmpty() && QLocale::system().name().startsWith(code) ? QLocale::system() : QLocale(code));
    // Installing sends QEvent::LanguageChange to every widget, even when the language is the same.
    if (desk)
        QCoreApplication::installTranslator(&deskTranslator());
    if (qt)
        QCoreApplication::installTranslator(&qtTranslator());
    return desk;
}

bool Language::choose(const QString &choice)
{
    QSettings().setValue(QLatin1String(settingKey), choice);
    return apply(choice);
}

} // namespace pd
