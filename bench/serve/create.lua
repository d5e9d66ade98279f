-- wrk script: creates sessions as fast as it can (POST /api/sessions), to push the session store
-- past its cap and watch resident memory stay flat.
wrk.method = "POST"
wrk.path = "/api/sessions"
wrk.body = "{}"
wrk.headers["Content-Type"] = "application/json"
