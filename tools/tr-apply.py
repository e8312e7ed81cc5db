#!/usr/bin/env python3
"""Apply translations from JSON {context: {source: translation}} to a .ts file (see tools/tr-todo.py).

Empty values are skipped. Plural (numerus) messages get the one form Japanese has.
"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, json_path = sys.argv[1], sys.argv[2]
tree = ET.parse(ts_path)
root = tree.getroot()
done = json.load(open(json_path, encoding='utf-8'))
applied = 0
for ctx in root.findall('context'):
    name = ctx.findtext('name')
    table = done.get(name, {})
    for msg in ctx.findall('message'):
        text = table.get(msg.findtext('source'))
        if not text:
            continue
        t = msg.find('translation')
        if t is None:
            t = ET.SubElement(msg, 'translation')
        for child in list(t):
            t.remove(child)
        if msg.get('numerus') == 'yes':
            t.text = None
            ET.SubElement(t, 'numerusform').text = text
        else:
            t.text = text
        t.attrib.pop('type', None)
        applied += 1
ET.indent(root, space='    ')
with open(ts_path, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    f.write(ET.tostring(root, encoding='unicode'))
    f.write('\n')
print(f'applied {applied} translations', file=sys.stderr)
