import pytest

from tests.builders import make_account, make_home


@pytest.fixture
def viewer_client(client):
    """The test client, logged in as a staff viewer, with the home institution set: the pages the cache
    keeps are those a viewer reads with nothing left to configure."""
    client.force_login(make_account(role="viewer", is_staff=True))
    make_home()
    return client
