#include "hc/report/ReportTable.h"

#include "hc/domain/Percent.h"

namespace hc::report {

QString ReportCell::display() const {
    switch (kind) {
        case Kind::Empty:
            return {};
        case Kind::Text:
            return text;
        case Kind::Integer:
            return QString::number(number);
        case Kind::Percent:
            return domain::formatPercent(static_cast<int>(number));
        case Kind::Money:
        case Kind::Hundredths:
            return domain::formatHundredths(number);
    }
    return {};
}

}  // namespace hc::report
