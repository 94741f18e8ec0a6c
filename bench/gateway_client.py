"""What the bench scripts share to call the gateway: HTTP Basic as a demo user, JSON in and out."""
import base64
import json
import os
import urllib.request

# the gateway's demo users sign in with HTTP Basic (README); GATEWAY_USER / GATEWAY_PASSWORD name another
AUTHORIZATION = "Basic " + base64.b64encode(
    (os.environ.get("GATEWAY_USER", "alice") + ":" + os.environ.get("GATEWAY_PASSWORD", "demo")).encode()).decode()


def call(method, url, body=None, timeout=30):
    """Sends one request as the demo user and returns the answer's JSON; raises on an error status."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", "Authorization": AUTHORIZATION})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())
