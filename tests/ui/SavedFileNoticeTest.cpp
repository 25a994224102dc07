// The end of an export: the notice names the file and offers to open it or its folder.
#include "QtApp.h"

#include "hc/ui/SavedFileNotice.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace hc::ui {
namespace {

TEST(SavedFileNoticeTest, NamesTheFileAndOffersOpenAndFolder) {
    test::qtApp();
    const QString path = QDir::temp().filePath(QStringLiteral("月报-2026-11.pdf"));
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        seen = true;
        EXPECT_EQ(box->objectName(), QStringLiteral("savedFileNotice"));
        EXPECT_TRUE(box->text().contains(QDir::toNativeSeparators(path)))
            << box->text().toStdString();
        EXPECT_NE(box->findChild<QPushButton*>(QStringLiteral("openFileButton")), nullptr);
        EXPECT_NE(box->findChild<QPushButton*>(QStringLiteral("openFolderButton")), nullptr);
        QTest::keyClick(box, Qt::Key_Escape);  // Esc closes without opening anything
    });
    SavedFileNotice::show(nullptr, QStringLiteral("导出报表"), path);
    EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace hc::ui
