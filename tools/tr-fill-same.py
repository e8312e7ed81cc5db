#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file from finished messages with the same source text in other contexts.

Useful after a class or tr() context is renamed. Prints what it could not fill.
"""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
known = {}
for ctx in root.findall('context'):
    for msg in ctx.findall('message'):
        t = msg.find('translation')
        if t is not None and t.get('type') is None and msg.get('numerus') != 'yes' and (t.text or '').strip():
            known.setdefault(msg.findtext('source'), t.text)
missing = []
for ctx in root.findall('context'):
    for msg in ctx.findall('message'):
        t = msg.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            src = msg.findtext('source')
            if src in known and msg.get('numerus') != 'yes':
                t.text = known[src]
                del t.attrib['type']
            else:
                missing.append(ctx.findtext('name') + ': ' + src)
ET.indent(root, space='    ')
with open(path, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    f.write(ET.tostring(root, encoding='unicode'))
    f.write('\n')
print('\n'.join(missing))
