# for dataset's path
TRAIN_PATH = 'Dataset/train.csv'
TEST_PATH = 'Dataset/test.csv'
SAMPLE_SUBMISSION_PATH = 'Dataset/sample_submission.csv'

# for feature's path
CLEAN_WORDS_PATH = 'features/cleanwords.txt'
FASTTEXT_PATH = 'features/crawl-300d-2M.vec'
GLOVE_PATH = 'features/glove.840B.300d.txt'

