"""A desktop reader for folders of scraped Arabic news articles."""
