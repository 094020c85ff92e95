"""Find a widget by the end of its key: pages put a version in the middle that changes when the plan does."""


def keyed(elements, ending: str):
    """The one widget among `elements` whose key ends with `ending`."""
    found = [element for element in elements if (element.key or "").endswith(ending)]
    assert len(found) == 1, f"{len(found)} widgets end with {ending!r}"
    return found[0]
