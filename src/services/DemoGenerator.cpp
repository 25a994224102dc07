#include "hc/services/DemoGenerator.h"

#include "DemoRandom.h"
#include "hc/domain/VinValidator.h"

#include <algorithm>
#include <array>

namespace hc::services {

namespace {

constexpr std::array<const char16_t*, 80> kSurnames = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴", u"徐", u"孙",
    u"胡", u"朱", u"高", u"林", u"何", u"郭", u"马", u"罗", u"梁", u"宋", u"郑", u"谢",
    u"韩", u"唐", u"冯", u"于", u"董", u"萧", u"程", u"曹", u"袁", u"邓", u"许", u"傅",
    u"沈", u"曾", u"彭", u"吕", u"苏", u"卢", u"蒋", u"蔡", u"贾", u"丁", u"魏", u"薛",
    u"叶", u"阎", u"余", u"潘", u"杜", u"戴", u"夏", u"钟", u"汪", u"田", u"任", u"姜",
    u"范", u"方", u"石", u"姚", u"谭", u"廖", u"邹", u"熊", u"金", u"陆", u"郝", u"孔",
    u"白", u"崔", u"康", u"毛", u"邱", u"秦", u"牛", u"雷"};

constexpr std::array<const char16_t*, 64> kGiven = {
    u"伟", u"芳", u"娜", u"秀", u"英", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇",
    u"艳", u"杰", u"娟", u"涛", u"明", u"超", u"兰", u"霞", u"平", u"刚", u"桂", u"华", u"建",
    u"国", u"春", u"江", u"理", u"财", u"凤", u"武", u"昆", u"顺", u"向", u"阳", u"玉", u"海",
    u"波", u"宁", u"鹏", u"辉", u"红", u"斌", u"飞", u"峰", u"亮", u"龙", u"林", u"云", u"文",
    u"东", u"晨", u"宇", u"浩", u"然", u"欣", u"婷", u"琳", u"博", u"凯", u"瑞", u"鑫"};

struct Region {
    const char16_t* name;
    const char16_t* platePrefix;
    int weight;
};
constexpr std::array<Region, 10> kRegions = {{
    {u"市区", u"陕A", 46},
    {u"咸阳", u"陕D", 12},
    {u"渭南", u"陕E", 8},
    {u"汉中", u"陕F", 5},
    {u"安康", u"陕G", 5},
    {u"商洛", u"陕H", 4},
    {u"铜川", u"陕B", 4},
    {u"延安", u"陕J", 5},
    {u"榆林", u"陕K", 5},
    {u"外地", u"", 6},
}};
constexpr std::array<const char16_t*, 6> kOtherProvinces = {u"甘A", u"豫A", u"川A",
                                                            u"晋A", u"宁A", u"京N"};

struct Model {
    const char16_t* brand;
    const char16_t* model;
    const char* grade;
    const char* wmi;
    int weight;
};
constexpr std::array<Model, 17> kModels = {{
    {u"丰田", u"汉兰达", "mid", "LVG", 8},
    {u"丰田", u"凯美瑞", "mid", "LVG", 12},
    {u"丰田", u"凯美瑞双擎", "mid", "LVG", 5},
    {u"丰田", u"雷凌", "mid_low", "LVG", 12},
    {u"丰田", u"雷凌双擎", "mid_low", "LVG", 6},
    {u"丰田", u"致炫", "low", "LVG", 8},
    {u"丰田", u"逸致", "low", "LVG", 3},
    {u"丰田", u"雅力士", "low", "LVG", 6},
    {u"奔驰", u"奔驰", "high", "LE4", 4},
    {u"宝马", u"宝马", "high", "LBV", 4},
    {u"马自达", u"马自达", "mid_low", "LVR", 4},
    {u"日产", u"日产蓝鸟", "mid_low", "LGB", 4},
    {u"大众", u"大众帕萨特", "mid", "LSV", 5},
    {u"丰田", u"丰田花冠", "mid_low", "LFM", 5},
    {u"本田", u"本田雅阁", "mid", "LHG", 5},
    {u"大众", u"大众波罗", "low", "LSV", 4},
    {u"吉普", u"吉普", "mid_low", "LJ8", 3},
}};

template <std::size_t N, typename T>
const T& weighted(DemoRandom& rng, const std::array<T, N>& items) {
    int total = 0;
    for (const auto& i : items) {
        total += i.weight;
    }
    int r = rng.below(total);
    for (const auto& i : items) {
        if (r < i.weight) {
            return i;
        }
        r -= i.weight;
    }
    return items.back();
}

enum class Profile { Loyal, Drifter, Irregular, New, Prospect, Invalid };

Profile pickProfile(DemoRandom& rng) {
    const int r = rng.below(100);
    if (r < 40) {
        return Profile::Loyal;
    }
    if (r < 68) {
        return Profile::Drifter;
    }
    if (r < 78) {
        return Profile::Irregular;
    }
    if (r < 84) {
        return Profile::New;
    }
    if (r < 92) {
        return Profile::Prospect;
    }
    return Profile::Invalid;
}

/// Amount in fen by category (whole yuan, realistic ranges).
domain::Fen amountFor(DemoRandom& rng, const QString& category) {
    int yuan = 0;
    if (category == u"maintenance") {
        yuan = rng.between(28, 120) * 10;
    } else if (category == u"repair") {
        yuan = rng.chance(80) ? rng.between(20, 250) * 10 : rng.between(250, 1200) * 10;
    } else if (category == u"accident") {
        yuan = rng.between(150, 2500) * 10;
    } else if (category == u"warranty") {
        yuan = rng.chance(70) ? 0 : rng.between(5, 40) * 10;
    } else if (category == u"insurance") {
        yuan = rng.between(180, 900) * 10;
    } else {
        yuan = rng.between(3, 60) * 10;
    }
    return domain::fenFromYuan(yuan);
}

struct VehiclePlan {
    QDate purchase;
    int kmPerDay = 40;
    int lastMileage = 0;
};

}  // namespace

DemoGenerator::DemoGenerator(const DemoOptions& options)
    : options_(options), rng_(std::make_unique<DemoRandom>(options.seed)) {
    if (!options_.asOf.isValid()) {
        options_.asOf = QDate::currentDate();
    }
    phones_.reserve(options_.customers);
    plates_.reserve(options_.customers * 2);
}

DemoGenerator::~DemoGenerator() = default;

QString DemoGenerator::uniquePhone() {
    static constexpr std::array<int, 16> prefixes = {133, 135, 136, 137, 138, 139, 150, 151,
                                                     152, 158, 159, 177, 180, 186, 187, 189};
    for (;;) {
        const std::int64_t number =
            static_cast<std::int64_t>(prefixes[static_cast<std::size_t>(rng_->below(16))]) *
                100000000LL +
            rng_->below(100000000);
        if (!phones_.contains(number)) {
            phones_.insert(number);
            return QString::number(number);
        }
    }
}

QString DemoGenerator::uniquePlate(const QString& region) {
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    QString prefix;
    for (const auto& r : kRegions) {
        if (region == QStringView(r.name)) {
            prefix = QString::fromUtf16(r.platePrefix);
        }
    }
    if (prefix.isEmpty()) {
        prefix = QString::fromUtf16(kOtherProvinces[static_cast<std::size_t>(rng_->below(6))]);
    }
    for (;;) {
        QString plate = prefix;
        // Mostly digits, sometimes one or two letters, as issued.
        const int letterPos = rng_->chance(35) ? rng_->below(5) : -1;
        for (int i = 0; i < 5; ++i) {
            if (i == letterPos) {
                plate += letters.at(rng_->below(static_cast<int>(letters.size())));
            } else {
                plate += QChar(u'0' + rng_->below(10));
            }
        }
        if (!plates_.contains(plate)) {
            plates_.insert(plate);
            return plate;
        }
    }
}

QString DemoGenerator::vin(const QString& wmi) {
    static const QString chars = QStringLiteral("ABCDEFGHJKLMNPRSTUVWXYZ0123456789");
    QString v = wmi;
    while (v.size() < 17) {
        v += v.size() >= 11 ? QChar(u'0' + rng_->below(10))
                            : chars.at(rng_->below(static_cast<int>(chars.size())));
    }
    if (const auto check = domain::VinValidator::checkDigit(v)) {
        v[8] = *check;
    }
    return v;
}

void DemoGenerator::addVehicle(DemoCustomer& out, const QDate& firstVisit) {
    const Model& m = weighted(*rng_, kModels);
    domain::Vehicle v;
    v.plate = uniquePlate(out.customer.region);
    if (rng_->chance(65)) {
        v.vin = vin(QString::fromLatin1(m.wmi));
    }
    v.brand = QString::fromUtf16(m.brand);
    v.model = QString::fromUtf16(m.model);
    v.grade = QString::fromLatin1(m.grade);
    v.transmission = rng_->chance(80) ? QStringLiteral("automatic") : QStringLiteral("manual");
    v.purchaseDate = firstVisit.addDays(-rng_->between(20, 1200));
    v.plateDate = v.purchaseDate.addDays(rng_->between(0, 20));
    out.vehicles.push_back(std::move(v));
}

bool DemoGenerator::next(DemoCustomer& out) {
    if (produced_ >= options_.customers) {
        return false;
    }
    ++produced_;
    DemoRandom& rng = *rng_;
    const QDate asOf = options_.asOf;
    out = DemoCustomer{};

    const Profile profile = pickProfile(rng);
    domain::Customer& c = out.customer;
    const bool company = rng.chance(4);
    c.region = QString::fromUtf16(weighted(rng, kRegions).name);
    if (company) {
        c.kind = QStringLiteral("company");
        static constexpr std::array<const char16_t*, 6> kinds = {
            u"物流有限公司", u"商贸有限公司", u"建设工程有限公司",
            u"出租汽车公司", u"科技有限公司", u"旅游客运有限公司"};
        const QString city =
            c.region == u"市区" || c.region == u"外地" ? QStringLiteral("西安") : c.region;
        c.name = city + QString::fromUtf16(kGiven[static_cast<std::size_t>(rng.below(64))]) +
                 QString::fromUtf16(kGiven[static_cast<std::size_t>(rng.below(64))]) +
                 QString::fromUtf16(kinds[static_cast<std::size_t>(rng.below(6))]);
        c.attribute = rng.chance(50) ? QStringLiteral("official") : QStringLiteral("taxi");
    } else {
        c.name = QString::fromUtf16(kSurnames[static_cast<std::size_t>(rng.below(80))]) +
                 QString::fromUtf16(kGiven[static_cast<std::size_t>(rng.below(64))]);
        if (rng.chance(60)) {
            c.name += QString::fromUtf16(kGiven[static_cast<std::size_t>(rng.below(64))]);
        }
        c.gender = rng.chance(70) ? QStringLiteral("male") : QStringLiteral("female");
        c.attribute = rng.chance(90) ? QStringLiteral("private") : QStringLiteral("insurance");
    }
    c.phone = uniquePhone();
    c.source = QStringLiteral("demo");

    // History: first visit and the date the customer stops coming.
    QDate first;
    QDate stop = asOf;
    int intervalDays = 182;  // about 6 months
    int jitter = 30;
    switch (profile) {
        case Profile::Loyal:
            first = asOf.addDays(-rng.between(365, 3650));
            stop = asOf.addDays(-rng.between(0, 150));
            intervalDays = rng.between(150, 200);
            break;
        case Profile::Drifter:
        case Profile::Invalid:
            first = asOf.addDays(-rng.between(400, 3600));
            stop = first.addDays(rng.between(0, static_cast<int>(first.daysTo(asOf))));
            intervalDays = rng.between(110, 220);
            break;
        case Profile::Irregular:
            first = asOf.addDays(-rng.between(500, 3300));
            stop = asOf.addDays(-rng.between(180, 420));
            intervalDays = rng.between(240, 400);
            jitter = 60;
            break;
        case Profile::New:
            first = asOf.addDays(-rng.between(0, 75));
            break;
        case Profile::Prospect:
            break;
    }
    if (profile == Profile::Prospect) {
        if (rng.chance(50)) {
            addVehicle(out, asOf.addDays(-rng.between(0, 300)));
        }
        return true;
    }
    if (stop < first) {
        stop = first;
    }

    const int vehicleCount =
        company ? rng.between(2, 3) : (rng.chance(12) ? 2 : 1) + (rng.chance(3) ? 1 : 0);
    std::vector<VehiclePlan> plans;
    for (int i = 0; i < vehicleCount; ++i) {
        // A second or third car usually joins later.
        const QDate vehicleFirst =
            i == 0 ? first : first.addDays(rng.between(0, std::max(0, int(first.daysTo(stop)))));
        addVehicle(out, vehicleFirst);
        VehiclePlan plan;
        plan.purchase = out.vehicles.back().purchaseDate;
        plan.kmPerDay = company ? rng.between(80, 250) : rng.between(15, 70);
        plans.push_back(plan);

        for (QDate t = vehicleFirst; t <= stop && t <= asOf;) {
            auto addVisit = [&](const QDate& date, bool scheduled) {
                DemoVisit dv;
                dv.vehicleIndex = i;
                domain::Visit& v = dv.visit;
                v.date = date;
                const int r = rng.below(100);
                const int ageDays = static_cast<int>(plans[std::size_t(i)].purchase.daysTo(date));
                if (scheduled) {
                    v.category = r < 74   ? QStringLiteral("maintenance")
                                 : r < 88 ? QStringLiteral("repair")
                                 : r < 94 ? (ageDays < 3 * 365 ? QStringLiteral("warranty")
                                                               : QStringLiteral("repair"))
                                          : QStringLiteral("insurance");
                } else {
                    v.category = r < 55   ? QStringLiteral("repair")
                                 : r < 85 ? QStringLiteral("accident")
                                          : QStringLiteral("other");
                }
                v.amountFen = amountFor(rng, v.category);
                VehiclePlan& p = plans[std::size_t(i)];
                const int estimate =
                    ageDays * p.kmPerDay * rng.between(90, 110) / 100 + rng.between(0, 300);
                p.lastMileage = std::max(p.lastMileage + rng.between(50, 400), estimate);
                v.mileage = p.lastMileage;
                v.workOrder = QStringLiteral("DM%1-%2")
                                  .arg(options_.seed)
                                  .arg(++workOrderSeq_, 8, 10, QLatin1Char('0'));
                v.source = QStringLiteral("demo");
                out.visits.push_back(std::move(dv));
            };
            addVisit(t, true);
            const QDate nextDate = t.addDays(intervalDays + rng.between(-jitter, jitter));
            if (rng.chance(20)) {
                const QDate extra =
                    t.addDays(rng.between(10, std::max(11, int(t.daysTo(nextDate)) - 1)));
                if (extra <= stop && extra <= asOf) {
                    addVisit(extra, false);
                }
            }
            t = nextDate;
        }
    }
    std::stable_sort(
        out.visits.begin(), out.visits.end(),
        [](const DemoVisit& a, const DemoVisit& b) { return a.visit.date < b.visit.date; });

    if (profile == Profile::Invalid && !out.visits.empty()) {
        const QDate last = out.visits.back().visit.date;
        c.invalidReason = rng.chance(50) ? domain::InvalidReason::WrongNumber
                                         : domain::InvalidReason::VehicleSold;
        const int gap = static_cast<int>(last.daysTo(asOf));
        c.invalidSince = last.addDays(rng.between(std::min(gap, 30), std::max(gap, 30)));
        if (c.invalidSince > asOf) {
            c.invalidSince = asOf;
        }
        c.invalidNote = c.invalidReason == domain::InvalidReason::WrongNumber
                            ? QStringLiteral("回访时号码错误")
                            : QStringLiteral("回访时得知车辆已卖");
    }
    return true;
}

}  // namespace hc::services
