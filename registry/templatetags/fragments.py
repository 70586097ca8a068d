"""`{% fragment "name" %}...{% endfragment %}`: a part of base.html a view may keep in the cache; and
`{% same_for %}`, a part rendered once for the values it names.

With `cached_fragments` in the context (registry.common.fragments.CachedFragmentsMixin, on a
hit) the tag prints the kept HTML and renders nothing inside; otherwise it renders its contents
and, when the view asked for it (`fragment_store`), hands the HTML over to be kept.
"""

import itertools

from django import template
from django.middleware.csrf import get_token

from registry.common.fragments import CSRF_TOKEN, CSRF_TOKEN_KEPT, served

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        kept = context.get("cached_fragments")
        if kept is not None:
            return served(kept[self.name], context.request)
        html = self.nodelist.render(context)
        store = context.get("fragment_store")
        if store is not None:
            store[self.name] = html
        return html


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError('Usage: {% fragment "name" %}...{% endfragment %}')
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(bits[1][1:-1], nodelist)


#: What `{% same_for %}` blocks have rendered in this process: (block, values) -> HTML, the CSRF token
#: a placeholder. Started again when full (a header per account, section and address).
_rendered = {}
RENDERED_AT_MOST = 5_000
_blocks = itertools.count()


class SameForNode(template.Node):
    def __init__(self, values, condition, nodelist):
        self.values = values
        self.condition = condition
        self.nodelist = nodelist
        self.block = next(_blocks)  # a template parsed again (edited, in development) is a new block

    def render(self, context):
        if self.condition is not None and not self.condition.resolve(context):
            return self.nodelist.render(context)  # rendered as it stands, its values not even read
        key = (self.block, *(str(value.resolve(context)) for value in self.values))
        html = _rendered.get(key)
        if html is None:
            html = CSRF_TOKEN.sub(CSRF_TOKEN_KEPT, self.nodelist.render(context))
            if len(_rendered) >= RENDERED_AT_MOST:
                _rendered.clear()
            _rendered[key] = html
        if CSRF_TOKEN_KEPT not in html:
            return html
        # The context's token, as `{% csrf_token %}` prints it: the same for every form of the page.
        token = context.get("csrf_token") or get_token(context.request)
        return html.replace(CSRF_TOKEN_KEPT, f'name="csrfmiddlewaretoken" value="{token}"')


@register.tag
def same_for(parser, token):
    """`{% same_for value ... [if condition] %}...{% endsame_for %}`: the block rendered once per process for
    each set of the values' texts, and that HTML printed (with this request's CSRF token in its forms)
    while they stay the same. With `if`, only while the condition holds: otherwise the block is rendered
    as it stands, and the values are not read (base.html's asks nothing of the database for a visitor
    not signed in, as before).

    For base.html's header, which every page renders around its content, kept or not: 1,400 Python
    calls of the template engine (0.6 ms of CPU) for the same few dozen bytes per account and section.
    The values must name everything the block shows; tests/pages/test_fixed_cost.py checks base.html's.
    """
    bits = token.split_contents()[1:]
    condition = None
    if len(bits) >= 2 and bits[-2] == "if":
        condition = parser.compile_filter(bits[-1])
        bits = bits[:-2]
    if not bits:
        raise template.TemplateSyntaxError(
            "Usage: {% same_for value ... [if condition] %}...{% endsame_for %}"
        )
    nodelist = parser.parse(("endsame_for",))
    parser.delete_first_token()
    return SameForNode([parser.compile_filter(bit) for bit in bits], condition, nodelist)
