#include "PdfFile.h"

#include "PdfToUnicodeFix.h"
#include "hc/report/ReportFonts.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>

namespace hc::report {

std::optional<QString> writePdfFile(const QString& path, const QString& title,
                                    const std::function<bool(QPdfWriter&)>& paint) {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return QCoreApplication::translate("hc::report",
                                           "生成 PDF 需要图形环境(QGuiApplication)。");
    }
    if (ReportFonts::family().isEmpty()) {
        return QCoreApplication::translate("hc::report", "找不到中文字体,无法生成 PDF。");
    }
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Huichang"));
        if (!paint(writer)) {
            QFile::remove(partial);
            return QCoreApplication::translate("hc::report", "无法写入文件 %1").arg(path);
        }
    }
    {
        // Text extraction and viewer search: see PdfToUnicodeFix.
        QFile file(partial);
        if (file.open(QIODevice::ReadWrite)) {
            const QByteArray fixed = PdfToUnicodeFix::apply(file.readAll(), ReportFonts::family());
            file.seek(0);
            file.write(fixed);
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return QCoreApplication::translate("hc::report", "无法写入文件 %1").arg(path);
    }
    return std::nullopt;
}

}  // namespace hc::report
