#pragma once

#include "hc/domain/MessagePurpose.h"

#include <QString>

#include <optional>

namespace hc::domain {

/// A customer's consent for one purpose. Keys: "granted", "refused". No record = unknown.
enum class ConsentState { Granted, Refused };
QString toKey(ConsentState state);
std::optional<ConsentState> consentStateFromKey(const QString& key);
/// Chinese label: 同意, 拒绝; unknown: 未记录.
QString toLabel(std::optional<ConsentState> state);

/// Where a consent was given or refused. Keys: "reception_form" (接待登记表), "call" (电话),
/// "message_reply" (短信回复), "import" (导入, e.g. the SMS platform's opt-out list), "migration"
/// (the former 0/1 marketing opt-out flag, schema 0013).
enum class ConsentSource { ReceptionForm, Call, MessageReply, Import, Migration };
QString toKey(ConsentSource source);
/// Also accepts the key with spaces or hyphens instead of underscores ("reception form").
std::optional<ConsentSource> consentSourceFromKey(const QString& key);
QString toLabel(ConsentSource source);

/// Who may receive a message (issue 11 item 6; PIPL art. 24, Advertising Law art. 43):
/// service messages are sent unless the customer refused them; marketing messages only when the
/// customer granted them (no record = not sent).
class ConsentRule {
public:
    [[nodiscard]] static bool allows(MessagePurpose purpose, std::optional<ConsentState> latest);
};

}  // namespace hc::domain
