"""Patient handouts: aftercare and pre-treatment sheets and their clinic-editable templates."""
