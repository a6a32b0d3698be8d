"""A telephony backend in Python with nothing but the standard library, as an integrator might start one:
form-encoded bodies with PHP-style bracketed keys (what CRest and fast_bitrix24 send), and the emulator's
certificate trusted through SSL_CERT_FILE, as the emulator's CLI says.

    WEBHOOK=<url> SSL_CERT_FILE=<cert> python3 python-backend.py register <phone>
    WEBHOOK=<url> SSL_CERT_FILE=<cert> python3 python-backend.py finish <CALL_ID> <STATUS_CODE> <DURATION>
    WEBHOOK=<url> SSL_CERT_FILE=<cert> python3 python-backend.py records <CALL_ID>
"""
import json
import os
import sys
import urllib.parse
import urllib.request


def encode(data, prefix=""):
    pairs = []
    for key, value in data.items():
        name = f"{prefix}[{key}]" if prefix else key
        if isinstance(value, dict):
            pairs.extend(encode(value, name))
        else:
            pairs.append((name, str(value)))
    return pairs


def call(method, params):
    body = urllib.parse.urlencode(encode(params)).encode()
    request = urllib.request.Request(f"{os.environ['WEBHOOK']}{method}.json", data=body, method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.load(response)
    if "error" in answer:
        raise SystemExit(f"{method}: {answer['error']} {answer.get('error_description', '')}")
    return answer["result"]


step, *args = sys.argv[1:]
if step == "register":
    result = call("telephony.externalcall.register", {"USER_PHONE_INNER": "101", "PHONE_NUMBER": args[0], "TYPE": 2, "CRM_CREATE": 1})
elif step == "finish":
    result = call("telephony.externalcall.finish", {"CALL_ID": args[0], "USER_PHONE_INNER": "101", "STATUS_CODE": args[1], "DURATION": args[2]})
elif step == "records":
    result = call("voximplant.statistic.get", {"FILTER": {"CALL_ID": args[0]}})
else:
    raise SystemExit("register <phone> | finish <CALL_ID> <STATUS_CODE> <DURATION> | records <CALL_ID>")
print(json.dumps(result))
