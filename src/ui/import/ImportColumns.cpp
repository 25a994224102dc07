#include "ImportColumns.h"

#include "hc/services/CustomerRowMapper.h"
#include "hc/services/VisitRowMapper.h"
#include "hc/ui/ImportWizard.h"

namespace hc::ui {

using services::CustomerRowMapper;
using services::VisitRowMapper;

int ImportColumns::autoField(const QString& header, bool customerList) {
    if (customerList) {
        const auto column = CustomerRowMapper::columnOfHeader(header.trimmed());
        return column ? static_cast<int>(*column) : kIgnored;
    }
    const auto column = VisitRowMapper::columnOfHeader(header.trimmed());
    return column ? static_cast<int>(*column) : kIgnored;
}

QString ImportColumns::customerLabel(int c) {
    switch (static_cast<CustomerRowMapper::Column>(c)) {
        case CustomerRowMapper::Name:
            return ImportWizard::tr("客户姓名");
        case CustomerRowMapper::Phone:
            return ImportWizard::tr("电话");
        case CustomerRowMapper::Phone2:
            return ImportWizard::tr("电话2");
        case CustomerRowMapper::IdNumber:
            return ImportWizard::tr("身份证号");
        case CustomerRowMapper::Address:
            return ImportWizard::tr("地址");
        case CustomerRowMapper::Region:
            return ImportWizard::tr("地区");
        case CustomerRowMapper::Plate:
            return ImportWizard::tr("车牌号(可多个)");
        case CustomerRowMapper::Vin:
            return ImportWizard::tr("车架号(可多个)");
        case CustomerRowMapper::Model:
            return ImportWizard::tr("车型");
        case CustomerRowMapper::PurchaseDate:
            return ImportWizard::tr("购车日期");
        case CustomerRowMapper::ColumnCount:
            break;
    }
    return QString();
}

}  // namespace hc::ui
