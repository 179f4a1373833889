#!/usr/bin/env python3
# Generates random Jayway 2.0.0 paths (valid and broken) over the docs of
# Tests/GatehouseJSONTests/Fixtures/jsonpath-inputs.json, in chunks of 300 cases (Debian's json-smart
# refuses bigger inputs, see README.md). Run JsonPathProbe on each chunk and concatenate the arrays
# into Fixtures/jsonpath-random-cases.json.
#
#   python3 scripts/probes/random-jsonpath-cases.py /tmp/fz   # writes /tmp/fz/in00.json ...
import json, random, sys, os
out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/fz'
os.makedirs(out, exist_ok=True)
random.seed(7)
here = os.path.dirname(os.path.abspath(__file__))
docs = json.load(open(os.path.join(here, '../../Tests/GatehouseJSONTests/Fixtures/jsonpath-inputs.json')))['docs']
segs = ['.store','.book','.bicycle','.color','.price','.author','.title','.isbn','.a','.b','.c','.x','.n','.v','.items','.id','.tags',
 '[0]','[1]','[2]','[-1]','[10]','[1:3]','[-2:]','[:2]','[0:-1]','[2:]','[*]','.*','..author','..price','..*','..a','..[0]','..book[1]',
 "['a','b']","['store']","['title','author']","['price']","[0,2]","[1,0]",'.length()','.size()',
 '[?(@.price < 10)]','[?(@.isbn)]',"[?(@.category == 'fiction' || @.price > 20)]","[?(@.author =~ /.*REES/i)]",'[?(@.price > $.expensive)]',
 '[ 0 ]',"[ 'a' ]",'[?(@.a == "x")]',"[?(@.a != 'x')]",'[?(@ == 1)]',"[?(@.n > '5')]",'[?(@.x == true)]','[?(@.x == null)]',
 '[?(@.v == 1)]',"[?(@.v == '1')]",'[?(@.a.b)]','[?(@.price <= 8.95)]','[?(@.price >= 8.95 && @.price != 12.99)]','[?(@.n)]','[?(!@.n)]',
 '[?]','[?(@.a)','[(@.length-1)]','[::]','[1:2:3]',"[\"a\"]",'.','..','[','$','@','.a.b.c','[?(@.x > 1)].y','[?(@.tags[0] == \'a\')]',
 "['a.b']","['a b']",'[-1:]','[-3:-1]','[3:1]','[0:0]','[*][*]','[*].a','..x','..n','[?(@.n =~ /a/)]','[?(@.n in [1])]']
cases = []
names = list(docs.keys())
for i in range(3000):
    k = random.choice([1,1,2,2,2,3,3,4])
    p = random.choice(['$','$','$','$','']) + ''.join(random.choice(segs) for _ in range(k))
    if p.startswith('.') and random.random() < 0.3: p = p[1:]
    cases.append({'doc': random.choice(names), 'path': p})
for i in range(0, len(cases), 300):
    json.dump({'docs': docs, 'cases': cases[i:i+300]}, open(os.path.join(out, 'in%02d.json' % (i // 300)), 'w'))
