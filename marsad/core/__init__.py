"""The core every other layer builds on: errors, settings, paths to resources, the generated vocabulary."""
