#include "hc/report/ReportFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace hc::report {

QString ReportFonts::family() {
    static const QString chosen = [] {
        for (const char* name : {"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
                                 "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC"}) {
            const QString family = QString::fromLatin1(name);
            if (QFontDatabase::hasFamily(family)) {
                return family;
            }
        }
        QStringList files;
        const QByteArray env = qgetenv("HC_REPORT_FONT");
        if (!env.isEmpty()) {
            files << QString::fromLocal8Bit(env);
        }
        files << QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        for (const QString& file : files) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id >= 0) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                for (const QString& f : families) {
                    if (f.contains(QStringLiteral(" SC"))) {
                        return f;
                    }
                }
                if (!families.isEmpty()) {
                    return families.first();
                }
            }
        }
        return QString();
    }();
    return chosen;
}

}  // namespace hc::report
