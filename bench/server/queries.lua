-- wrk script: each request searches one of a fixed set of realistic Arabic queries, in turn.
-- WRK_DELAY_MS (optional) makes every connection wait that long before each request, so that
-- C connections offer C * 1000 / WRK_DELAY_MS requests/s (load.sh's paced run).
local queries = { "السعودية", "الرياض", "وزير الخارجية", "اليمن", "الحوثيين", "مجلس الوزراء", "النفط", "أسعار النفط",
  "الملك سلمان", "ولي العهد", "داعش", "سوريا", "الأمم المتحدة", "جدة", "الحج", "مكة المكرمة", "التعليم", "الصحة", "كورونا",
  "المرور", "الأمطار", "الهلال", "النصر", "كرة القدم", "البنك المركزي", "الاستثمار", "العمالة", "الشرطة", "القبض", "انفجار" }
-- WRK_QUERIES (optional): a file with one query per line to rotate over instead (load.sh's distinct run).
local file = os.getenv("WRK_QUERIES")
if file and #file > 0 then
  queries = {}
  for line in io.lines(file) do if #line > 0 then queries[#queries + 1] = line end end
end
local i = math.random(0, #queries - 1)
local pace = tonumber(os.getenv("WRK_DELAY_MS") or "0")
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  local encoded = q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/api/search?q=" .. encoded)
end
if pace > 0 then
  -- Spread the connections' first requests over one period instead of firing all 64 at once.
  delay = function() return math.random(math.floor(pace / 2), pace + math.floor(pace / 2)) end
end
