# -*- coding: utf-8 -*-
"""
@file
@brief Répertoire de données.

Source:

* `wines-quality.csv <https://archive.ics.uci.edu/ml/datasets/wine+quality>`_
* `countries.geo.json <https://github.com/johan/world.geo.json/blob/master/countries.geo.json>`_
* `reunion.zip <https://www.insee.fr/fr/statistiques/2520034>`_
* `reunion_rect.zip <https://www.insee.fr/fr/statistiques/2520034>`_
* Titanic: Data obtained from `biostat.mc.vanderbilt.edu/DataSets
  <http://biostat.mc.vanderbilt.edu/DataSets>`_
"""  # pragma: no cover
