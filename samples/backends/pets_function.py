#!/usr/bin/env python3
"""Stands in for the pets-function Lambda: reads the event on stdin, writes the result to stdout.
A failure prints Lambda's error shape and exits non-zero (a function error)."""
import json
import sys

PETS = {"1": {"id": 1, "name": "Rex", "type": "dog"}, "2": {"id": 2, "name": "Tom", "type": "cat"}}


def fail(message, kind="Error"):
    print(json.dumps({"errorMessage": message, "errorType": kind, "stackTrace": []}, separators=(",", ":")))
    sys.exit(1)


event = json.load(sys.stdin)
action = event.get("action")
if action == "get":
    pet_id = event.get("petId", "")
    if not pet_id.isdigit():
        fail("Invalid pet id: " + pet_id, "ValidationError")
    if pet_id not in PETS:
        fail("Pet " + pet_id + " not found", "NotFound")
    print(json.dumps(PETS[pet_id], separators=(",", ":")))
elif action == "create":
    pet = event.get("pet") or {}
    if not pet.get("name"):
        fail("Invalid pet: a name is required", "ValidationError")
    print(json.dumps({"id": 3, "name": pet["name"], "type": pet.get("type", "unknown")}, separators=(",", ":")))
elif action == "delete":
    print("null")
else:
    fail("Unknown action")
