from Dataset.utils import PartDataset
# from Dataset.main import city_dataloader, country_dataloader, full_dataloader
