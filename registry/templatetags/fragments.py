"""`{% fragment "name" %}...{% endfragment %}`: a part of base.html a view may keep in the cache.

With `cached_fragments` in the context (registry.common.fragments.CachedFragmentsMixin, on a
hit) the tag prints the kept HTML and renders nothing inside; otherwise it renders its contents
and, when the view asked for it (`fragment_store`), hands the HTML over to be kept.
"""

from django import template

from registry.common.fragments import served

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
