from distutils.core import setup


setup(
    name='package',
    version='1.0',
    description='A package to organize code.',
    packages=['package'],
)
