"""Project commands (settings.COMMANDS_MODULE): Scrapy's own, with the project's exit codes."""
