#include "Language.h"
#include "MainWindow.h"
#include "OrderDialog.h"
#include "OrdersPage.h"
#include "PayoutQueuePage.h"
#include "ProvidersPage.h"
#include "QueueView.h"
#include "ReconciliationPage.h"
#include "SandboxDesk.h"
#include "SettingsDialog.h"
#include "workspace/DemoOrders.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pd;

// The desk switched to Russian, Ukrainian and Spanish through Edit → Settings… while it runs:
// the orders, queue and providers pages show no English word that has a translation, and the
// tab, the filters and the queue's selection are as they were. A screenshot of each page per
// language is saved (docs/screenshots/main-<language>.png is the orders page).
class TestGuiLanguages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxDesk m_desk;
    std::unique_ptr<MainWindow> m_window;

    struct English {
        QSet<QString> exact; // sources without placeholders, mnemonics removed
        QList<QRegularExpression> shaped; // sources with placeholders, as patterns
    };

    static QString plain(QString text) { return text.remove(u'&').trimmed(); }

    // The English sources of `language`'s file whose translation differs from them.
    static English englishOf(const QString &language)
    {
        English english;
        QFile file(qEnvironmentVariable("PAYOUTDESK_TRANSLATIONS") + QStringLiteral("/payoutdesk_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            return english;
        QXmlStreamReader xml(&file);
        QString source;
        QStringList translations;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.isStartElement()
                && (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!text.isEmpty())
                    translations << text;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (!translations.contains(source)) {
                    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d|n)"));
                    const QString src = plain(source);
                    if (!src.contains(placeholder)) {
                        english.exact.insert(src);
                    } else {
                        // "%n order(s)" → "^.+ order(s)$": only sources with enough words of their own.
                        QString literal = src;
                        literal.remove(placeholder);
                        if (literal.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) >= 6) {
                            QString pattern = QRegularExpression::escape(src);
                            pattern.replace(QRegularExpression(QStringLiteral("%(?:L?\\d|n)")), QStringLiteral(".+"));
                            pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("s?"));
                            english.shaped << QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                QRegularExpression::DotMatchesEverythingOption);
                        }
                    }
                }
                source.clear();
                translations.clear();
            }
        }
        return english;
    }

    static void addModel(QStringList &texts, const QAbstractItemModel *model, int rows)
    {
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c)
            texts << model->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < qMin(rows, model->rowCount()); ++r) {
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->index(r, c).data().toString();
        }
    }

    // Every text staff can see on the page and around it (menus, tabs, status bar).
    QStringList visibleTexts(QWidget *page)
    {
        QStringList texts { m_window->windowTitle() };
        QTabBar *bar = m_window->tabs()->tabBar();
        for (int i = 0; i < bar->count(); ++i)
            texts << bar->tabText(i);
        for (QAction *menu : m_window->menuBar()->actions()) {
            texts << menu->text();
            if (menu->menu()) {
                for (QAction *a : menu->menu()->actions())
                    texts << a->text();
            }
        }
        for (QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
            texts << l->text();
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(m_window.get()))
                continue;
            texts << w->toolTip();
            if (auto *l = qobject_cast<QLabel *>(w))
                texts << l->text();
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                texts << b->text();
            else if (auto *e = qobject_cast<QLineEdit *>(w))
                texts << e->placeholderText();
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                texts << g->title();
            else if (auto *c = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    texts << c->itemText(i);
            } else if (auto *v = qobject_cast<QAbstractItemView *>(w))
                addModel(texts, v->model(), 60);
        }
        return texts;
    }

    QStringList englishLeft(const QString &language, QWidget *page)
    {
        const English english = englishOf(language);
        QStringList left;
        for (const QString &text : visibleTexts(page)) {
            for (const QString &line : text.split(u'\n')) {
                const QString shown = plain(line);
                if (shown.isEmpty())
                    continue;
                bool found = english.exact.contains(shown);
                for (const QRegularExpression &shape : english.shaped)
                    found = found || shape.match(shown).hasMatch();
                if (found && !left.contains(shown))
                    left << shown;
            }
        }
        return left;
    }

    void switchTo(const QString &language)
    {
        SettingsDialog *dialog = m_window->openSettings();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isLoaded()); // OK is offered once the book's settings are read
        const int index = dialog->languageBox()->findData(language);
        QVERIFY(index >= 0);
        dialog->languageBox()->setCurrentIndex(index);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(Language::chosen(), language);
    }

    // The queue at the smallest screen staff use, 1280×720: the status bar in view, rows to
    // work with, and every state of a waiting payout whole in its column, in this language.
    void queueFitsTheSmallestScreen(const QString &screenshot = {})
    {
        const QSize before = m_window->size();
        m_window->resize(1280, 720);
        PayoutQueuePage *queue = m_window->queuePage();
        m_window->showPage(queue);
        QTRY_COMPARE(m_window->size(), QSize(1280, 720));
        QVERIFY(QueueView::refreshed(queue));
        QStatusBar *status = m_window->statusBar();
        QVERIFY(status->isVisible());
        QVERIFY(status->mapTo(m_window.get(), QPoint(0, status->height())).y() <= m_window->height());
        QTableView *table = queue->table();
        const int rowsInView = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        QVERIFY2(rowsInView >= 15, qPrintable(QString::number(rowsInView)));
        const int stateWidth = table->horizontalHeader()->sectionSize(PayoutQueueModel::State);
        for (OrderStatus s : { OrderStatus::InProgressPayout, OrderStatus::ErrorPayout, OrderStatus::Hold }) {
            const QString title = OrderStatuses::title(s);
            // The state's icon and the cell's margins beside the text.
            QVERIFY2(
                table->fontMetrics().horizontalAdvance(title) + qMax(16, table->iconSize().width()) + 12 <= stateWidth,
                qPrintable(QStringLiteral("%1 in %2 px").arg(title).arg(stateWidth)));
        }
        if (!screenshot.isEmpty())
            QVERIFY(m_window->grab().save(screenshot));
        m_window->resize(before);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(!qEnvironmentVariable("PAYOUTDESK_TRANSLATIONS").isEmpty(), "run it through ctest");
        QCOMPARE(m_desk.open(m_dir.path()), QString());
        OrderStore store(m_desk.workspace->database());
        QString error;
        QVERIFY2(DemoOrders::fillIfEmpty(store, m_desk.currencies, &error), qPrintable(error));
        Language::apply(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(*m_desk.workspace, m_desk.currencies, *m_desk.hub, *m_desk.engine);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Language::apply(QStringLiteral("en"));
    }

    void englishFits()
    {
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        queueFitsTheSmallestScreen(shots.isEmpty() ? QString() : shots + QStringLiteral("/queue.png"));
    }

    void eachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("queueTab"); // what the queue's tab starts with
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Очередь выплат");
        QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("Черга виплат");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cola de pagos");
    }

    void eachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, queueTab);
        OrdersPage *orders = m_window->ordersPage();
        PayoutQueuePage *queue = m_window->queuePage();
        // State that must survive the switch: a status filter and a search on the orders
        // page, a selected row in the queue, and the queue's tab in front.
        orders->statusBox()->setCurrentIndex(orders->statusBox()->findData(int(OrderStatus::InProgressPayout)));
        orders->searchBox()->setText(QStringLiteral("1"));
        m_window->showPage(queue);
        QVERIFY(QueueView::refreshed(queue));
        QVERIFY(QueueView::rows(queue) > 1);
        const QString selectedId = queue->model()->index(1, 0).data(PayoutQueueModel::OrderIdRole).toString();
        queue->selectOrders({ selectedId });
        const QString selectedUid = QueueView::text(queue, 1, PayoutQueueModel::Uid);
        // An order's window left open across the switch follows it too (opened in English).
        switchTo(QStringLiteral("en"));
        OrderDialog *order = m_window->openOrder(selectedId);
        QVERIFY(QTest::qWaitForWindowExposed(order));
        QTRY_VERIFY(order->isLoaded());
        const QString englishTitle = order->windowTitle();

        switchTo(language);
        QTRY_VERIFY2(order->windowTitle() != englishTitle, qPrintable(order->windowTitle()));
        QTest::qWait(100); // the page is built again once the old one is gone
        const QStringList leftInOrder = englishLeft(language, order);
        QVERIFY2(leftInOrder.isEmpty(),
            qPrintable(QStringLiteral("%1, OrderDialog: English left: %2")
                           .arg(language, leftInOrder.join(QStringLiteral(" | ")))));
        if (language == QLatin1String("ru"))
            QVERIFY(order->grab().save(QDir::current().filePath(QStringLiteral("order-ru.png"))));
        order->close();

        // Qt delivers the change to every window through the event loop.
        QTRY_VERIFY2(m_window->tabs()->tabText(m_window->tabIndex(queue)).startsWith(queueTab),
            qPrintable(m_window->tabs()->tabText(m_window->tabIndex(queue))));
        QCOMPARE(m_window->tabs()->currentIndex(), m_window->tabIndex(queue));
        QCOMPARE(orders->statusBox()->currentData().toInt(), int(OrderStatus::InProgressPayout));
        QCOMPARE(orders->searchBox()->text(), QStringLiteral("1"));
        QVERIFY(QueueView::refreshed(queue));
        const auto selected = queue->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(QueueView::text(queue, selected.first().row(), PayoutQueueModel::Uid), selectedUid);

        queueFitsTheSmallestScreen();
        if (QTest::currentTestFailed())
            return;

        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        orders->clearFilters();
        for (QWidget *page : { static_cast<QWidget *>(orders), static_cast<QWidget *>(queue),
                 static_cast<QWidget *>(m_window->providersPage()),
                 static_cast<QWidget *>(m_window->reconciliationPage()) }) {
            m_window->showPage(page);
            QTest::qWait(400); // the pages read the book and the balances
            const QStringList left = englishLeft(language, page);
            QVERIFY2(left.isEmpty(),
                qPrintable(QStringLiteral("%1, %2: English left: %3")
                               .arg(language, page->metaObject()->className(), left.join(QStringLiteral(" | ")))));
            const QString name
                = QStringLiteral("main-%1-%2.png")
                      .arg(language, QString::fromLatin1(page->metaObject()->className()).section(u':', -1).toLower());
            QVERIFY(m_window->grab().save(QDir::current().filePath(name)));
            if (!shots.isEmpty() && page == orders)
                m_window->grab().save(shots + QStringLiteral("/main-%1.png").arg(language));
        }
    }
};

QTEST_MAIN(TestGuiLanguages)
#include "test_gui_languages.moc"
