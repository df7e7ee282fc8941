// A real paragraph of the guide in each language, 40 to 60 words with the English glosses the
// translations carry: content/<lang>/what-is-a-conference.md, the second paragraph (for Urdu the
// first; its second has 70 words), links as their words. Literals, so that a content edit does not
// move the speech tests and benchmarks.
#pragma once

#include "core/language.h"

#include <ostream>
#include <string_view>

namespace kiosk::speech::testing {

struct GuideParagraph {
    Language language = Language::English;
    std::string_view text;
};

// Names a paragraph by its language in test output (instead of gtest's dump of its bytes).
inline void PrintTo(const GuideParagraph& paragraph, std::ostream* out) { *out << language_code(paragraph.language); }

inline constexpr GuideParagraph guide_paragraphs[] = {
    {Language::English,
     "A conference is held when workers are worried about a child. They may think your child has been hurt. Or "
     "they may think your child could be hurt in the future. Often social workers have already looked into "
     "these worries. This is called a child protection enquiry."},
    {Language::Bengali,
     "কোনো শিশুকে নিয়ে কর্মীরা চিন্তিত হলে এই সভা ডাকা হয়। তাঁরা হয়তো মনে করেন, আপনার সন্তানের ক্ষতি হয়েছে। "
     "অথবা তাঁরা মনে করেন, ভবিষ্যতে আপনার সন্তানের ক্ষতি হতে পারে। অনেক সময় সমাজকর্মীরা (social workers) আগেই "
     "এই দুশ্চিন্তাগুলো খতিয়ে দেখেছেন। একে বলা হয় শিশু সুরক্ষা অনুসন্ধান (child protection enquiry)।"},
    {Language::Urdu,
     "بچے کے تحفظ کی کانفرنس (child protection conference) میں لوگ مل کر آپ کے بچے اور آپ کے خاندان کے بارے "
     "میں بات کرتے ہیں۔ وہاں سب لوگ یہی چاہتے ہیں کہ آپ کے بچے کو محفوظ رکھنے کا سب سے اچھا طریقہ ڈھونڈا جائے۔ "
     "آپ کو بھی بلایا جاتا ہے۔"},
    {Language::TraditionalChinese,
     "當工作人員擔心一個孩子，就會召開這個會議。他們可能認為你的孩子受到了傷害。他們也可能擔心你的孩子將來會受到傷害。通常社工（social worker）已經先了解過這些擔憂。這叫做兒童保護調查（child "
     "protection enquiry）。"},
    {Language::Arabic,
     "يُعقد هذا الاجتماع عندما يكون الموظفون قلقين على طفل. قد يظنون أن طفلكم تعرض للأذى. أو قد يظنون أنه قد "
     "يتعرض للأذى في المستقبل. وفي أغلب الأحيان يكون الأخصائيون الاجتماعيون (social workers) قد بحثوا في هذه "
     "المخاوف من قبل. ويُسمى هذا استقصاء حماية الطفل (child protection enquiry)."},
    {Language::Farsi,
     "این جلسه وقتی برگزار می‌شود که کارکنان نگران یک کودک باشند. شاید فکر کنند به فرزندتان آسیب رسیده است. یا "
     "شاید فکر کنند ممکن است در آینده به او آسیب برسد. معمولاً مددکاران اجتماعی (social worker) از قبل این "
     "نگرانی‌ها را بررسی کرده‌اند. به این کار بررسی حمایت از کودک (child protection enquiry) گفته می‌شود."},
};

}  // namespace kiosk::speech::testing
