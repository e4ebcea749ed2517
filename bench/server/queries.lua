-- wrk script: each request searches one of a fixed set of realistic Arabic queries, in turn.
local queries = { "السعودية", "الرياض", "وزير الخارجية", "اليمن", "الحوثيين", "مجلس الوزراء", "النفط", "أسعار النفط",
  "الملك سلمان", "ولي العهد", "داعش", "سوريا", "الأمم المتحدة", "جدة", "الحج", "مكة المكرمة", "التعليم", "الصحة", "كورونا",
  "المرور", "الأمطار", "الهلال", "النصر", "كرة القدم", "البنك المركزي", "الاستثمار", "العمالة", "الشرطة", "القبض", "انفجار" }
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  local encoded = q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/api/search?q=" .. encoded)
end
