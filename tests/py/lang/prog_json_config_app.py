# A config-driven app: JSON settings with defaults merged recursively, validation with
# error collection, environment-free overrides from a list of "key.path=value" strings with
# type coercion, and a JSON round trip of the final config with sorted keys.
import json, copy
DEFAULTS = {'server': {'host': '127.0.0.1', 'port': 8000, 'workers': 2, 'tls': {'enabled': False, 'cert': None}},
            'log': {'level': 'info', 'files': []}, 'features': {'beta': False, 'limits': {'rps': 100, 'burst': 20}}}
USER = json.loads('''{"server": {"port": 9090, "tls": {"enabled": true, "cert": "/etc/cert.pem"}},
                      "log": {"level": "DEBUG", "files": ["a.log"]}, "features": {"limits": {"rps": 250}}, "extra": [1, 2, {"k": null}]}''')
def merge(base, over):
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out
def coerce(old, raw):
    if isinstance(old, bool):
        if raw.lower() in ('1', 'true', 'yes', 'on'):
            return True
        if raw.lower() in ('0', 'false', 'no', 'off'):
            return False
        raise ValueError(f'not a bool: {raw!r}')
    if isinstance(old, int):
        return int(raw)
    if isinstance(old, list):
        return [x for x in raw.split(',') if x]
    if old is None:
        return None if raw == 'null' else raw
    return raw
def override(cfg, items):
    errors = []
    for item in items:
        path, _, raw = item.partition('=')
        keys = path.split('.')
        node = cfg
        try:
            for k in keys[:-1]:
                node = node[k]
            node[keys[-1]] = coerce(node.get(keys[-1]), raw) if keys[-1] in node else raw
        except (KeyError, TypeError, ValueError) as e:
            errors.append(f'{item}: {type(e).__name__}: {e}')
    return errors
def validate(cfg):
    problems = []
    if not 0 < cfg['server']['port'] < 65536:
        problems.append('port out of range')
    if cfg['log']['level'].lower() not in ('debug', 'info', 'warning', 'error'):
        problems.append(f"bad level {cfg['log']['level']}")
    if cfg['server']['tls']['enabled'] and not cfg['server']['tls']['cert']:
        problems.append('tls without cert')
    lim = cfg['features']['limits']
    if lim['burst'] > lim['rps']:
        problems.append('burst > rps')
    return problems
cfg = merge(DEFAULTS, USER)
errs = override(cfg, ['server.workers=8', 'features.beta=yes', 'log.files=x.log,y.log', 'features.limits.burst=500', 'server.tls.cert=null',
                      'nope.key=1', 'server.port=abc', 'features.beta=maybe', 'server.name=web01'])
print('\n'.join(errs))
print(validate(cfg))
print(json.dumps(cfg, indent=2, sort_keys=True))
again = json.loads(json.dumps(cfg))
print(again == cfg, DEFAULTS['server']['port'], DEFAULTS['log']['files'], sorted(cfg), cfg['extra'][2])
