"""Pages of supervision; their JSON twins are in jindu.supervision.api."""
