import ECVETModel
