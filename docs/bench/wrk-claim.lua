-- The claim submission of docs/bench/pages.sh: each request files a new claim exactly as the claim form does
-- (multipart/form-data, the form's CSRF token, no photo or one photo), for the filer owners in turn. The form's one-time token
-- (OwnerClaimController) only deduplicates: the portal accepts any token it has not seen, so each request makes a
-- fresh one instead of fetching a form first.
-- BENCH_FILERS names a file of lines "cookie-header<TAB>csrf-token<TAB>product-id<TAB>component";
-- BENCH_RUN makes the tokens unique across runs; BENCH_FAILURE_DATE is the failure date typed (yyyy-mm-dd);
-- BENCH_PHOTO, when set, names a JPEG file sent with every claim as its photo.
dofile(os.getenv("BENCH_LUA_DIR") .. "/wrk-report.lua")

local filers = {}
for line in io.lines(os.getenv("BENCH_FILERS")) do
  local cookie, csrf, product, component = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$")
  filers[#filers + 1] = { cookie = cookie, csrf = csrf, product = product, component = component }
end
local run = os.getenv("BENCH_RUN")
local failure = os.getenv("BENCH_FAILURE_DATE")
local boundary = "----BenchClaimForm7MA4YWxkTrZu0gW"
local description = "The unit stopped working without warning. I checked the fuse and the socket, both are fine."
local photo = ""
local photo_name = ""
if os.getenv("BENCH_PHOTO") and os.getenv("BENCH_PHOTO") ~= "" then
  local file = assert(io.open(os.getenv("BENCH_PHOTO"), "rb"))
  photo = file:read("*a")
  file:close()
  photo_name = "photo.jpg"
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local sent = 0
request = function()
  sent = sent + 1
  local filer = filers[(sent + id) % #filers + 1]
  local body = part("_csrf", filer.csrf) .. part("product", filer.product)
    .. part("token", "bench-" .. run .. "-" .. id .. "-" .. sent)
    .. part("failureDate", failure) .. part("component", filer.component)
    .. part("cause", "STOPPED_BY_ITSELF") .. part("description", description)
    .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"" .. photo_name .. "\"\r\n"
    .. "Content-Type: " .. (photo_name == "" and "application/octet-stream" or "image/jpeg") .. "\r\n\r\n"
    .. photo .. "\r\n"
    .. "--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/my/claims", {
    ["Cookie"] = filer.cookie,
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
  }, body)
end
