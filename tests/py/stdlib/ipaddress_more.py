# ipaddress: IPv4/IPv6 addresses and networks, subnets/supernet, hosts, containment, sorting,
# properties (private, loopback, multicast), summarization, collapse, exploded/compressed forms.
import ipaddress as ip
a = ip.ip_address('192.168.1.10')
n = ip.ip_network('192.168.1.0/24')
print(a, int(a), a + 5, a in n, n.num_addresses, n.netmask, n.hostmask, n.broadcast_address, n.prefixlen, a.is_private, a.version)
print(list(n.subnets(prefixlen_diff=2)), n.supernet(new_prefix=16), list(ip.ip_network('10.0.0.0/30').hosts()), ip.ip_network('10.0.0.0/31').num_addresses)
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('9.255.255.255'), ip.ip_address('10.0.0.1')]), ip.ip_address('127.0.0.1').is_loopback, ip.ip_address('224.0.0.1').is_multicast, ip.ip_address('8.8.8.8').is_global)
v6 = ip.ip_address('2001:db8::1')
print(v6, v6.exploded, v6.compressed, v6.version, v6.is_private, ip.ip_address('::ffff:192.0.2.1').ipv4_mapped, ip.ip_network('2001:db8::/32').num_addresses == 2**96, v6.reverse_pointer)
print(list(ip.summarize_address_range(ip.ip_address('10.0.0.0'), ip.ip_address('10.0.0.20'))))
print(list(ip.collapse_addresses([ip.ip_network('10.0.0.0/25'), ip.ip_network('10.0.0.128/25'), ip.ip_network('10.0.1.0/24')])))
iface = ip.ip_interface('10.1.2.3/20')
print(iface, iface.network, iface.ip, iface.with_netmask, iface.with_hostmask, iface.with_prefixlen)
print(n.overlaps(ip.ip_network('192.168.0.0/16')), ip.ip_network('192.168.1.0/24').subnet_of(ip.ip_network('192.168.0.0/16')), list(ip.ip_network('192.168.0.0/22').address_exclude(ip.ip_network('192.168.1.0/24'))))
for bad in ['256.1.1.1', '1.2.3', '::g', '10.0.0.1/33']:
    try:
        ip.ip_network(bad) if '/' in bad else ip.ip_address(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ip.ip_network('10.0.0.1/24')
except ValueError as e:
    print('ValueError', e)
print(ip.ip_network('10.0.0.1/24', strict=False), ip.IPv4Address(3232235777), ip.IPv6Address(1), hash(a) == hash(ip.ip_address('192.168.1.10')), ip.ip_address(b'\x7f\x00\x00\x01'))
