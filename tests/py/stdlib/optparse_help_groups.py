# optparse help output: OptionGroup, IndentedHelpFormatter/TitledHelpFormatter, %default expansion, epilog, description wrapping.
import optparse, io

def build(formatter=None):
    p = optparse.OptionParser(usage="usage: %prog [opts] SRC DST", prog="copier", formatter=formatter,
                              description="Copy things from one place to another, carefully, with many "
                                          "options that control every last detail of the operation.",
                              epilog="Report bugs to nobody. This epilog is long enough to be wrapped too.")
    p.add_option("-r", "--recursive", action="store_true", help="copy directories recursively")
    p.add_option("-n", "--retries", type="int", default=3, metavar="N", help="retry N times [default: %default]")
    p.add_option("--hidden", help=optparse.SUPPRESS_HELP)
    g = optparse.OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk. "
                                                     "It is believed that some of them bite.")
    g.add_option("-f", "--force", action="store_true", help="overwrite without asking")
    g.add_option("--mode", choices=["a", "b"], default="a", help="mode (one of %default or b)")
    p.add_option_group(g)
    g2 = p.add_option_group("Debug")
    g2.add_option("--trace", action="store_true")
    return p

for fmt in (None, optparse.TitledHelpFormatter(), optparse.IndentedHelpFormatter(indent_increment=4, max_help_position=30, width=60)):
    p = build(fmt)
    out = io.StringIO()
    p.print_help(out)
    print(out.getvalue())
    print("----")

p = build()
print(p.format_option_help())
print([g.title for g in p.option_groups], p.get_option_group("--force").title)
out = io.StringIO()
p.print_usage(out)
print(repr(out.getvalue()))
p.set_usage(optparse.SUPPRESS_USAGE)
print(repr(p.get_usage()))
p.set_defaults(retries=9)
print(p.get_default_values().retries, p.parse_args([])[0].retries)
h = optparse.IndentedHelpFormatter()
print(h.format_heading("Heading"), optparse.TitledHelpFormatter().format_heading("Heading"))
print(h.format_usage("x y z"), optparse.TitledHelpFormatter().format_usage("x y z"))
