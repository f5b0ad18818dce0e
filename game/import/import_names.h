#pragma once
// The words authors use in spreadsheets and on the command line for a fraud
// type, an audience, a difficulty or a question kind, mapped to bank codes.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// "fake_police", "冒充公检法及政府机关", "冒充公检法", "杀猪盘" -> the fraud type code.
[[nodiscard]] std::optional<std::string> fraudTypeCodeFor(std::string_view name);

// "elderly", "老年人", "老人" -> "elderly".
[[nodiscard]] std::optional<std::string> audienceCodeFor(std::string_view name);

// Splits "小学生、老年人;staff" at 、 , ， ; ； / and spaces.
[[nodiscard]] std::vector<std::string> splitList(std::string_view text);

// "1", "2.0", "易", "中等", "难" -> 1..3.
[[nodiscard]] std::optional<int> difficultyFor(std::string_view text);

// "单选" / "single" -> "single", "多选" -> "multi", "判断" -> "truefalse"; nullopt when unknown.
[[nodiscard]] std::optional<std::string> questionKindFor(std::string_view text);

} // namespace game
