KAGGLE_CONFIGS = {

    "fakejob":
    {
        "owner": "shivamb",
        "dataset": "real-or-fake-fake-jobposting-prediction",
        "filename": 'fake_job_postings.csv',
        "name": "Real / Fake Job Posting Prediction",
        "type": "datasets",
        "version": 1
    },    

    "vehicleloan":
    {
        "owner": "avikpaul4u",
        "dataset": "vehicle-loan-default-prediction",
        "filename": 'train.csv',
        "name": "Vehicle Loan Default Prediction",
        "type": "datasets",
        "version": 4
    },

    "malurl":
    {
        "owner": "sid321axn",
        "dataset": "malicious-urls-dataset",
        "filename": 'malicious_phish.csv',
        "name": "Malicious URLs Dataset",
        "type": "datasets",
        "version": 1
    },

    "ieeecis": 
    {
        "owner": "ieee-fraud-detection",
        "name": "IEEE-CIS Fraud Detection",
        "type": "competitions",
    },

    "ccfraud": 
    {
        "owner": "mlg-ulb",
        "dataset": "creditcardfraud",
        "filename": 'creditcard.csv',
        "name": "Credit Card Fraud Detection",
        "type": "datasets",
        "version": 3
    },

    "fraudecom": 
    {
        "owner": "vbinh002",
        "dataset": "fraud-ecommerce",
        "filename": 'Fraud_Data.csv',
        "name": "Fraud ecommerce",
        "type": "datasets",
        "version": 1
    },

    "sparknov":
    {
        "owner": "kartik2112",
        "dataset": "fraud-detection",
        "name": "Simulated Credit Card Transactions generated using Sparkov",
        "type": "datasets",
        "version": 1
    },

    "twitterbot":
    {
        "owner": "davidmartngutirrez",
        "dataset": "twitter-bots-accounts",
        "filename": "twitter_human_bots_dataset.csv",
        "name": "Twitter Bots Accounts",
        "type": "datasets",
        "version": 2
    }
}