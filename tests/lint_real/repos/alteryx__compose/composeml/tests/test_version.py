from composeml import __version__


def test_version():
    assert __version__ == "0.10.1"
