#!/usr/bin/env python3
"""List the unfinished messages of a .ts file as JSON: {context: {source: ""}}.

Fill in the values and apply them with tools/tr-apply.py. Typical loop:
  cmake --build build --target update_translations     # or: lupdate app ui -ts translations/*.ts
  python3 tools/tr-todo.py translations/incident-commander_ja.ts > /tmp/todo.json
  (write the Japanese into /tmp/todo.json)
  python3 tools/tr-apply.py translations/incident-commander_ja.ts /tmp/todo.json
"""
import json
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
todo = {}
for ctx in root.findall('context'):
    name = ctx.findtext('name')
    for msg in ctx.findall('message'):
        t = msg.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            todo.setdefault(name, {})[msg.findtext('source')] = ''
json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
print()
