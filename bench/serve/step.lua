-- wrk script: each wrk thread drives one playground session over its one connection, alternating
-- a step (POST .../steps) and an undo (POST .../undo), so that the session stays at 9 steps and
-- every request replays the whole timeline. Session ids come from the file named by SESSIONS.
local ids = {}
local counter = 0

function setup(thread)
  if #ids == 0 then
    for line in io.lines(os.getenv("SESSIONS")) do
      ids[#ids + 1] = line
    end
  end
  counter = counter + 1
  thread:set("id", ids[counter])
end

local n = 0
local step = '{"step": {"kind": "disconnect", "accessory": "airpods"}}'

function request()
  n = n + 1
  local path
  local body
  if n % 2 == 1 then
    path = "/api/sessions/" .. id .. "/steps"
    body = step
  else
    path = "/api/sessions/" .. id .. "/undo"
    body = "{}"
  end
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
end
